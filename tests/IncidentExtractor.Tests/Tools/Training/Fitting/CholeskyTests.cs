using IncidentExtractor.Training.Fitting;

namespace IncidentExtractor.Tests.Tools.Training.Fitting;

public class CholeskyTests
{
    [Fact]
    public void Solves_a_symmetric_positive_definite_system()
    {
        var a = new double[,] { { 4, 2, 0 }, { 2, 5, 1 }, { 0, 1, 3 } };
        double[] x = [1, -2, 3];
        var b = new double[3];
        for (var i = 0; i < 3; i++)
        {
            for (var k = 0; k < 3; k++)
            {
                b[i] += a[i, k] * x[k];
            }
        }

        var solved = Cholesky.Solve(a, b);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(x[i], solved[i], 12);
        }
    }

    [Fact]
    public void Refuses_a_matrix_that_is_not_positive_definite()
    {
        Assert.Throws<ArgumentException>(() => Cholesky.Solve(new double[,] { { 1, 2 }, { 2, 1 } }, [1, 1]));
    }
}
