namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// The name rules that read a text's layout: results lists and country codes, civilities before name
/// particles, titles of works in quotation marks, house numbers, coordinated lists of places, paragraph
/// starts. Sentences are our own and the names mostly invented, so the rules, not the lists, are tested.
/// </summary>
public class NameLayoutRulesTests
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);
    private static readonly EntityExtractor Names = new EntityExtractorBuilder().WithKinds(NameKinds).Build();

    private static string[] Find(string text) =>
        Names.Extract(text).Entities
            .Where(e => NameKinds.Contains(e.Kind))
            .Select(e => $"{e.Kind}:{e.Text}")
            .ToArray();

    [Fact]
    public void Ranked_entries_of_a_results_list_are_competitors_with_their_country_codes()
    {
        Assert.Equal(
            ["Person:Trabucco", "Location:It", "Person:van Hoeck", "Location:Be", "Person:Chanteur", "Location:Fr", "Person:L. Morvan", "Location:Fr"],
            Find("Classement : 1. Trabucco (It, bonif. 12\"). 2. van Hoeck (Be, 8\"). 3. Chanteur (Fr). 4. L. Morvan (Fr)."));
    }

    [Fact]
    public void Results_entries_may_end_with_a_time_or_the_same_time()
    {
        Assert.Equal(
            ["Person:Brügger", "Person:Paradis", "Person:Oberholz"],
            Find("Puis les Suisses : 12. Brügger à 2'24\". 25. Paradis à 2'43\". 31. Oberholz m. t."));
    }

    [Fact]
    public void A_civility_in_a_results_list_stays_outside_the_name()
    {
        Assert.Contains("Person:Zbinden", Find("1. Kessler (S). 2. M. Zbinden (S). 3. Moretti (It)."));
    }

    [Fact]
    public void Numbered_paragraphs_are_no_results_list()
    {
        Assert.Empty(Find("1. Le projet est accepté. 2. La commission siégera. 3. Les frais sont partagés."));
        Assert.Empty(Find("Ordre du jour : 1. Introduction générale du débat. 2. Discussion des articles. 3. Vote final sur le texte."));
    }

    [Fact]
    public void Two_ranked_entries_are_not_enough_for_a_list()
    {
        Assert.DoesNotContain("Person:Chanteur", Find("Il y a 1. Chanteur (Fr) et 2. Paradis à 3\"."));
    }

    [Fact]
    public void A_country_code_is_a_place_only_in_parentheses_after_a_name()
    {
        Assert.Equal(["Person:Piotr Valenko", "Location:Rus"], Find("Le vainqueur, Piotr Valenko (Rus), a dominé la course."));
        Assert.Equal(["Person:Piotr Valenko"], Find("Piotr Valenko (ancien champion) est arrivé."));
        Assert.DoesNotContain("Location:Esp", Find("Le code Esp ne désigne rien ici."));
    }

    [Fact]
    public void A_particle_after_a_civility_belongs_to_the_name()
    {
        Assert.Equal(["Person:de Valbrune"], Find("Hier soir, Mme de Valbrune a ouvert le bal."));
        Assert.Equal(["Person:van der Holst"], Find("On a vu M. van der Holst au concert."));
        Assert.Equal(["Person:de Valbrune"], Find("Le discours de M. de Valbrune a plu."));
    }

    [Fact]
    public void A_civility_before_a_particle_and_a_title_makes_no_person()
    {
        Assert.DoesNotContain(Find("M. le Président a parlé longuement."), e => e.StartsWith("Person:", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_words_in_the_quoted_title_of_a_work_are_no_names()
    {
        Assert.Empty(Find("Puis résonne \"Adieu de Valmiranka\", une marche ancienne."));
        Assert.Empty(Find("Le choeur a chanté « Lauda Sorvanem » avec ferveur."));
    }

    [Fact]
    public void Known_names_in_quotations_are_still_found()
    {
        Assert.Contains("Location:Genève", Find("Le film « Retour à Genève » sort demain."));
    }

    [Fact]
    public void A_quoted_name_after_a_newspaper_noun_is_an_organisation()
    {
        Assert.Contains("Organization:Le Courrier vaudois", Find("Selon le quotidien « Le Courrier vaudois », la grève continue."));
        Assert.Contains("Organization:Tribune libre", Find("Il écrit dans le journal \"Tribune libre\" depuis dix ans."));
    }

    [Theory]
    [InlineData("il est presque temps pour la revue annuelle")]
    [InlineData("Il lit le journal")]
    [InlineData("selon l'agence")]
    public void A_newspaper_noun_at_the_end_of_the_text_looks_for_no_quote_past_it(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void A_quoted_sentence_after_a_newspaper_noun_is_no_organisation()
    {
        Assert.DoesNotContain(
            Find("Le journal écrit « Nous ne savons pas encore ce que le gouvernement va décider cette semaine »."),
            e => e.StartsWith("Organization:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_street_takes_its_house_number_before_or_after()
    {
        Assert.Contains("Location:12, avenue de la Gare", Find("Le bureau se trouve 12, avenue de la Gare, à Lausanne."));
        Assert.Contains("Location:rue du Rhône 12", Find("Exposition à la galerie, rue du Rhône 12, jusqu'à dimanche."));
        Assert.Contains("Location:7. avenue du Théâtre", Find("Galerie Moderne, 7. avenue du Théâtre (peintures)."));
    }

    [Fact]
    public void A_count_after_a_street_is_not_its_house_number()
    {
        Assert.Contains("Location:rue du Rhône", Find("Il a traversé la rue du Rhône 3 fois ce matin."));
        Assert.DoesNotContain("Location:rue du Rhône 3", Find("Il a traversé la rue du Rhône 3 fois ce matin."));
    }

    [Fact]
    public void Unknown_members_of_a_list_with_known_places_are_places()
    {
        Assert.Equal(
            ["Location:Lausanne", "Location:Brenzikon", "Location:Genève"],
            Find("Les concerts auront lieu à Lausanne, Brenzikon et Genève."));
        Assert.Equal(
            ["Location:France", "Location:Italie", "Location:Valmorie"],
            Find("Le traité lie la France, l'Italie et la Valmorie depuis longtemps."));
    }

    [Fact]
    public void One_known_place_beside_one_unknown_word_says_nothing()
    {
        Assert.Equal(["Location:Lausanne"], Find("Le match oppose Lausanne et Brenzikon demain."));
    }

    [Fact]
    public void Unknown_members_of_a_list_with_known_persons_are_persons()
    {
        Assert.Equal(
            ["Person:Christian Dior", "Person:Valtorni", "Person:Pierre Cardin"],
            Find("Les collections de Christian Dior, Valtorni et Pierre Cardin ont séduit."));
    }

    [Fact]
    public void An_initial_before_a_first_name_used_as_surname_is_a_person()
    {
        Assert.Contains("Person:G. Clément", Find("Une mise en scène de G. Clément au théâtre."));
    }

    [Fact]
    public void A_list_of_persons_is_not_turned_into_places()
    {
        var found = Find("Il a invité Pierre Valdoni, Marc Sertoli et Jeanne Brudet à Lausanne.");
        Assert.Contains("Person:Pierre Valdoni", found);
        Assert.Contains("Person:Jeanne Brudet", found);
        Assert.DoesNotContain(found, e => e.Contains("Valdoni", StringComparison.Ordinal) && e.StartsWith("Location:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dash_glued_by_OCR_ends_the_persons_name()
    {
        Assert.Contains("Person:Flavio Valtorni", Find("Le président Flavio Valtorni-le plus discret des ministres-a parlé."));
        Assert.Contains("Person:Marc Oberholz", Find("Émission présentée par Marc Oberholz-18.00 Journal du soir."));
        Assert.Contains("Person:Jean-Marc Oberholz", Find("Émission présentée par Jean-Marc Oberholz hier soir."));
    }

    [Fact]
    public void A_known_name_glued_to_the_next_word_by_a_dash_is_found_alone()
    {
        Assert.Equal(["Location:France"], Find("Non, la France-affirme le porte-parole-n'a pas changé d'avis."));
        Assert.Equal(["Location:Tessin"], Find("Pourquoi le Tessin-néglige-t-elle cette région ?"));
        Assert.Equal(["Location:Aix-les-Bains"], Find("Il habite à Aix-les-Bains depuis dix ans."));
    }

    [Fact]
    public void A_capitalised_word_after_a_street_designator_names_the_street()
    {
        Assert.Contains("Location:place Fédérale", Find("La foule s'est massée sur la place Fédérale hier."));
    }

    [Fact]
    public void Club_initials_and_the_name_after_them_are_one_organisation()
    {
        Assert.Contains("Organization:HC Valtorne", Find("Le gardien du HC Valtorne a été suspendu."));
        Assert.Contains("Organization:H. C. Valtorne", Find("Il a été suspendu par son club, le H. C. Valtorne, hier."));
        Assert.Contains("Organization:H. C. Valtorne", Find("Derby romand H. C. Valtorne-H. C. Brenzikon ce soir."));
        Assert.DoesNotContain(Find("Les initiales HC ne disent rien ici."), e => e.StartsWith("Organization:", StringComparison.Ordinal));
        Assert.Contains("Organization:HC LAUSANNE", Find("VICTOIRE DU HC LAUSANNE"));
        Assert.DoesNotContain(Find("ACCORD: LES AC SIX SUR LE FOND"), e => e.StartsWith("Organization:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_broken_by_a_line_end_hyphen_is_one_name()
    {
        Assert.Equal(["Location:Lau- sanne"], Find("Il a déménagé à Lau- sanne l'an dernier."));
        Assert.Equal(["Location:Neu-\nchâtel"], Find("Il a déménagé à Neu-\nchâtel l'an dernier."));
        Assert.Contains("Person:Pierre Valtor-\nnelli", Find("Il a rencontré Pierre Valtor-\nnelli hier soir."));
        Assert.Contains("Person:Marc Dubois-\nMoretti", Find("Il a rencontré Marc Dubois-\nMoretti hier soir."));
    }

    [Fact]
    public void A_spaced_dash_between_names_breaks_no_word()
    {
        Assert.Equal(["Location:Lausanne", "Location:Genève"], Find("Le train Lausanne - Genève est en retard."));
    }

    [Fact]
    public void Places_on_either_side_of_a_dash_before_a_score_are_teams()
    {
        Assert.Equal(["Organization:Lausanne", "Organization:Genève"], Find("Résultats : Lausanne - Genève 2-1, après prolongation."));
        Assert.Equal(["Organization:Bienne", "Organization:Zurich"], Find("En hockey, Bienne - Zurich 3 : 2."));
        Assert.Equal(["Location:Lausanne", "Location:Genève"], Find("Le train Lausanne - Genève part à 8 h."));
    }

    [Fact]
    public void A_capital_whose_name_is_a_french_word_is_a_place_at_a_sentence_start_too()
    {
        Assert.Equal(["Location:Paris", "Location:Londres"], Find("Rien n'est réglé. Paris et Londres s'opposent encore."));
        Assert.Equal(["Location:Amérique"], Find("L'Amérique est en pleine folie du plexiglas."));
        Assert.Empty(Find("Les paris sont ouverts."));
    }

    [Fact]
    public void Two_known_places_joined_by_a_hyphen_are_two_places()
    {
        Assert.Equal(["Location:Arosa", "Location:Lausanne"], Find("Le résultat du match Arosa-Lausanne a été corrigé."));
        Assert.Equal(["Location:Bâle-Campagne"], Find("Les électeurs de Bâle-Campagne ont voté."));
        Assert.DoesNotContain("Location:Jean", Find("Il a vu Jean-Pierre Valtorni à Genève."));
    }

    [Fact]
    public void A_capitalised_designator_with_a_name_after_it_is_named_by_both()
    {
        Assert.Contains("Organization:Galerie Valtorni", Find("Exposition de gravures à la Galerie Valtorni jusqu'en mai."));
        Assert.DoesNotContain("Organization:Groupe B", Find("Les résultats du Groupe B sont tombés hier."));
    }

    [Fact]
    public void A_capitalised_word_after_a_blank_line_starts_a_paragraph()
    {
        // A line that ends on a word wraps into the next, so its capitals are mid-sentence and say "name";
        // after a blank line (a heading above) they only start a sentence.
        Assert.Contains("Person:Brenzikon Valtour", Find("Le point sur les travaux de\nBrenzikon Valtour reste fermé."));
        Assert.Empty(Find("Le point sur les travaux\n\nBrenzikon Valtour reste fermé."));
        Assert.Empty(Find("Le point sur les travaux\r\n\r\nBrenzikon Valtour reste fermé."));
    }
}
