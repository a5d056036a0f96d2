// The Porter stemmer exactly as ROUGE-1.5.5 runs it (its Perl "stem" routine).
//
// ROUGE's variant differs from the textbook algorithm (Porter 1980) in ways that
// change scores, so scoring code that must reproduce published ROUGE numbers
// needs this one and not a library stemmer:
//   - letter classes: a consonant is any character but a,e,i,o,u (so 'y' and
//     digits are consonants), a vowel is a,e,i,o,u,y; the measure patterns
//     [C](VC)^m[V] are matched with those classes as regular expressions, so
//     'y' may play either role; an initial 'y' is always a consonant;
//   - step 4 first strips the longest of al, ance, ence, er, ic, able, ible, ant,
//     ement, ou, ism, ate, iti, ous, ive, ize; then, on the result, -ment; then
//     -ent, or else -sion/-tion (ROUGE's 2004 change), each when m > 1.
// Input is one lower-case ASCII word; words shorter than 3 characters come back
// unchanged. ROUGE itself only stems words longer than 3 characters, and looks
// up WordNet's irregular forms first (see rouge_tokenizer.h).
#ifndef STORYLINE_TIMELINE_PORTER_STEMMER_H_
#define STORYLINE_TIMELINE_PORTER_STEMMER_H_

#include <string>
#include <string_view>

namespace storyline::timeline {

std::string PorterStem(std::string_view word);

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_PORTER_STEMMER_H_
