namespace IncidentExtractor.Training.Fitting;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method. The penalty is
/// <c>l2 / 2 · Σ w²</c> over the feature weights only: the intercept carries the base rate, and
/// shrinking it would pull every probability towards one half for no gain. With a penalty above
/// zero the objective is strictly convex, so the optimum is unique and Newton's method, with step
/// halving as a guard, reaches it in a few steps; the same examples always give the same weights.
/// </summary>
internal static class LogisticRegression
{
    private const int MaxIterations = 100;
    private const double GradientTolerance = 1e-11;
    private const double StepTolerance = 1e-13;

    public static LogisticModel Fit(IReadOnlyList<LabelledExample> examples, double l2)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("no examples to fit", nameof(examples));
        }

        // Without a penalty, separable examples have no finite optimum and the weights run away.
        if (!(l2 > 0) || !double.IsFinite(l2))
        {
            throw new ArgumentOutOfRangeException(nameof(l2), l2, "the L2 penalty must be a number above 0");
        }

        var rows = Design(examples);
        var labels = examples.Select(e => e.Positive ? 1.0 : 0.0).ToArray();
        var size = rows[0].Length;
        var theta = new double[size];
        var loss = Objective(rows, labels, theta, l2);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var (gradient, hessian) = Derivatives(rows, labels, theta, l2);
            if (gradient.Max(Math.Abs) < GradientTolerance)
            {
                break;
            }

            var step = Cholesky.Solve(hessian, gradient);

            // A full Newton step can overshoot while the weights are far from the optimum; halve it
            // until the objective does not rise. Near the optimum the change is below the
            // objective's rounding error, hence the slack.
            var slack = 1e-12 * (1 + Math.Abs(loss));
            var scale = 1.0;
            double[] next;
            double nextLoss;
            while (true)
            {
                next = theta.Select((t, j) => t - (scale * step[j])).ToArray();
                nextLoss = Objective(rows, labels, next, l2);
                if (nextLoss <= loss + slack || scale < 1e-9)
                {
                    break;
                }

                scale /= 2;
            }

            var moved = theta.Zip(next, (a, b) => Math.Abs(a - b)).Max();
            (theta, loss) = (next, nextLoss);
            if (moved < StepTolerance)
            {
                break;
            }
        }

        return new LogisticModel(theta[0], theta[1..]);
    }

    /// <summary>
    /// Each example scored by a model fitted without it: how the fitting carries over to a record
    /// it has not seen, on a set too small to split. <paramref name="decimals"/> rounds each model
    /// as its weights would be written.
    /// </summary>
    public static IReadOnlyList<double> LeaveOneOutScores(IReadOnlyList<LabelledExample> examples, double l2, int decimals)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var scores = new double[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            var others = examples.Where((_, k) => k != i).ToList();
            scores[i] = Fit(others, l2).Rounded(decimals).Score(examples[i].Features);
        }

        return scores;
    }

    /// <summary>The logistic of <paramref name="z"/>, written so that neither branch can overflow.</summary>
    public static double Sigmoid(double z)
    {
        if (z >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-z));
        }

        var e = Math.Exp(z);
        return e / (1.0 + e);
    }

    /// <summary>The feature rows with a leading 1 for the intercept.</summary>
    private static double[][] Design(IReadOnlyList<LabelledExample> examples)
    {
        var width = examples[0].Features.Count;
        var rows = new double[examples.Count][];
        for (var i = 0; i < examples.Count; i++)
        {
            var features = examples[i].Features;
            if (features.Count != width)
            {
                throw new ArgumentException($"example {i} has {features.Count} features, the first has {width}", nameof(examples));
            }

            if (features.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"example {i} has a feature value that is not a finite number", nameof(examples));
            }

            rows[i] = [1.0, .. features];
        }

        return rows;
    }

    /// <summary>Negative log-likelihood plus the penalty: the quantity the fit minimises.</summary>
    private static double Objective(double[][] rows, double[] labels, double[] theta, double l2)
    {
        var sum = 0.0;
        for (var i = 0; i < rows.Length; i++)
        {
            var z = Dot(rows[i], theta);
            // log(1 + e^z) - y·z, with log(1 + e^z) computed without overflow for large |z|.
            sum += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (labels[i] * z);
        }

        return sum + (l2 / 2 * theta.Skip(1).Sum(w => w * w));
    }

    private static (double[] Gradient, double[,] Hessian) Derivatives(double[][] rows, double[] labels, double[] theta, double l2)
    {
        var size = theta.Length;
        var gradient = new double[size];
        var hessian = new double[size, size];
        for (var i = 0; i < rows.Length; i++)
        {
            var x = rows[i];
            var p = Sigmoid(Dot(x, theta));
            var curvature = p * (1 - p);
            for (var j = 0; j < size; j++)
            {
                gradient[j] += (p - labels[i]) * x[j];
                for (var k = 0; k < size; k++)
                {
                    hessian[j, k] += curvature * x[j] * x[k];
                }
            }
        }

        // Index 0 is the intercept, left out of the penalty.
        for (var j = 1; j < size; j++)
        {
            gradient[j] += l2 * theta[j];
            hessian[j, j] += l2;
        }

        return (gradient, hessian);
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }
}
