"""Unit tests of the word-list shaping: python3 -m unittest discover -s tools/gazetteers/tests

The C# suite checks the embedded files themselves (every line a fixed point of the extractor's
folding, every line found by the hashed look-up); these check the generator's rules on small inputs.
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from genlib import folding, wordlists  # noqa: E402


class FirstNamesTest(unittest.TestCase):
    def test_names_that_fold_alike_merge_their_genders(self):
        lines = wordlists.folded_first_names(["Andrea\tf", "Andréa\tm", "Zoé\tf", "Élodie\tf", "Kim\tmf"])
        self.assertEqual(lines, ["andrea\tmf", "elodie\tf", "kim\tmf", "zoe\tf"])

    def test_output_is_folded_unique_and_in_code_point_order(self):
        lines = wordlists.folded_first_names(["Jean-Pierre\tm", "Jean-pierre\tm", "Ève\tf", "Eve\tf", "Çelik\tm"])
        keys = [line.split("\t")[0] for line in lines]
        self.assertEqual(keys, sorted(set(keys)))
        self.assertTrue(all(folding.fold(k) == k for k in keys))
        self.assertEqual(len(keys), 3)

    def test_a_bad_gender_is_an_error(self):
        with self.assertRaises(ValueError):
            wordlists.folded_first_names(["Oleg\tmale"])


class FoldingTest(unittest.TestCase):
    def test_folding_matches_the_extractor_on_known_cases(self):
        # The same pairs are checked against the C# folding by FoldedWordSetTests.Folding_agrees_with_the_generator_s_twin.
        cases = {"Été": "ete", "Œuvre": "œuvre", "l\u2019État": "l'etat", "A\u00a0B": "a b", "e\u0301": "e",
                 "Nord\u2011Coréen": "nord-coreen", "ÀÉÎÕÜ": "aeiou", "Straße": "straße"}
        for text, folded in cases.items():
            self.assertEqual(folding.fold(text), folded, text)

    def test_common_words_are_folded_unique_and_sorted(self):
        self.assertEqual(wordlists.folded_words(["été", "ete", "Zèbre", "abîme"]), ["abime", "ete", "zebre"])


if __name__ == "__main__":
    unittest.main()
