using System.Runtime.Intrinsics;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Text;

public class VectorFoldingTests
{
    [Fact]
    public void The_vector_ascii_fold_is_the_table_fold()
    {
        for (var c = 0; c < 128; c++)
        {
            var folded = CharFolding.FoldAscii(Vector128.Create((ushort)c));
            for (var k = 0; k < Vector128<ushort>.Count; k++)
            {
                Assert.Equal(CharFolding.Fold((char)c), (char)folded[k]);
            }
        }
    }

    [Fact]
    public void Folding_runs_of_ascii_and_other_units_matches_the_unit_fold()
    {
        // Mixed runs, so that blocks of eight go both the vector and the unit way, and lengths that
        // leave a tail.
        var random = new Random(2024);
        const string pool = "AbcZ`\t\v\f \n\r'-.,«»éÉœŒ\u0301\u00A0\u2019\u2014\u1E9E0123456789";
        for (var round = 0; round < 500; round++)
        {
            var text = new char[random.Next(0, 80)];
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = random.Next(4) == 0 ? pool[random.Next(pool.Length)] : (char)random.Next(32, 127);
            }

            var folded = new char[text.Length];
            FoldedText.FoldInto(text, folded);
            for (var i = 0; i < text.Length; i++)
            {
                Assert.Equal(CharFolding.Fold(text[i]), folded[i]);
            }
        }
    }
}
