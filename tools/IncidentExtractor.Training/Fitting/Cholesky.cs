namespace IncidentExtractor.Training.Fitting;

/// <summary>
/// Solves <c>A x = b</c> for a symmetric positive definite <c>A</c>, which the penalised Hessian of
/// a logistic regression always is: the penalty keeps every feature direction curved, and the
/// intercept direction is curved as long as there is one example.
/// </summary>
internal static class Cholesky
{
    public static double[] Solve(double[,] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var n = b.Length;
        if (a.GetLength(0) != n || a.GetLength(1) != n)
        {
            throw new ArgumentException($"expected a {n} by {n} matrix", nameof(a));
        }

        // A = L·Lᵀ, L lower triangular.
        var l = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var diagonal = a[j, j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= l[j, k] * l[j, k];
            }

            if (!(diagonal > 0))
            {
                throw new ArgumentException("the matrix is not positive definite", nameof(a));
            }

            l[j, j] = Math.Sqrt(diagonal);
            for (var i = j + 1; i < n; i++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = sum / l[j, j];
            }
        }

        // L·y = b, then Lᵀ·x = y.
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * x[k];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
