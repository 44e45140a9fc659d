using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Institutions named by their seat: "la cour d'appel de Paris", "la mairie de Lyon". The place inside names the
/// institution, which is the organisation the text speaks of (it rules, it employs); a government's "de la
/// Russie" stands for the country, which stays the place, and so (as annotators read them) does a prosecutor's
/// office's or a first-instance court's town ("le parquet de Turin", "le tribunal correctionnel de Paris").
/// </summary>
internal sealed partial class NameRecognizer
{
    // `designator` (an appeal court's or a town hall's noun) at token i with its seat's name ending at nameEnd after its
    // "de": the whole is the institution; null for other designators.
    private Found? TrySeatNamedInstitution(Document document, int i, DesignatorInfo designator, int nameEnd)
    {
        // These designators take only a seat after their "de", so the capitalised name there is the seat even when
        // the gazetteer does not know the town ("la mairie de Trévillac").
        if (designator.Category is not ("court" or "local-government"))
        {
            return null;
        }

        return new Found(EntityKind.Organization, i, nameEnd, OrganizationCanonical(document, i, nameEnd));
    }
}
