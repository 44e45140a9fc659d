using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Text;

public class SentenceBoundaryTests
{
    private static string[] SentenceStarts(string text)
    {
        var document = Document.Create(text);
        return document.Tokens.ToArray().Where(t => t.Has(TokenFlags.SentenceStart)).Select(t => text.Substring(t.Start, t.Length)).ToArray();
    }

    [Theory]
    [InlineData("Il est parti. Puis il est revenu.", "Il|Puis")]
    [InlineData("Il a vu M. Kim hier. Mme Dupont aussi.", "Il|Mme")]
    [InlineData("Selon J. Dupont, rien. Dr. House non.", "Selon|Dr")]
    [InlineData("Vraiment ? Oui ! «Non», dit-il.", "Vraiment|Oui|«")]
    [InlineData("Il a dit «c'est fini.» Puis il est parti.", "Il|Puis")]
    [InlineData("Titre\nPremier paragraphe.\r\nSecond.", "Titre|Premier|Second")]
    [InlineData("Il y en a 3.000. 250 sont partis.", "Il|250")]
    [InlineData("le train de 8 h. puis", "le")]
    [InlineData("selon l'agence TASS.»Le dirigeant a parlé.", "selon|Le")]
    public void Marks_sentence_starts(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), SentenceStarts(text));
    }
}
