"""A sentence in another language: a multilingual parliament's record or a reprint keeps
the chair's lines and the page's notes in the language they were spoken or written in
("Presidente. – L'ordine del giorno reca la relazione di …", "Met dank overgenomen van …").
The claims are checked in English; such a line is the record's, whatever figures (a
procedure file's number, a date) it holds.

A sentence is taken for another language when it has at least three function words of
the common western European languages and at most one English function word for every
three of them; names with "van", "de" or "La" in an English sentence are far outweighed by
its "the", "of" and "to". The English "a" is not counted: Italian and Spanish have it too.
"""

import re

_ENGLISH = {
    "the", "of", "and", "to", "in", "is", "are", "was", "were", "an", "that", "for", "on",
    "with", "by", "it", "this", "be", "has", "have", "had", "not", "as", "at", "from",
    "which", "will", "would", "their", "its", "our", "we", "they", "he", "she", "or",
    "but",
}  # fmt: skip
# Italian, French, Spanish, German, Dutch.
_OTHER = {
    "il", "lo", "la", "le", "gli", "di", "del", "della", "dei", "delle", "degli", "che",
    "per", "sul", "sulla", "nel", "nella", "una", "uno", "è", "sono", "des", "du",
    "et", "est", "les", "une", "dans", "pour", "qui", "sur", "avec", "au", "aux", "der",
    "die", "das", "und", "ist", "nicht", "mit", "für", "den", "dem", "ein", "eine",
    "einer", "het", "een", "van", "op", "zijn", "voor", "niet", "met", "el", "los", "las",
    "por", "con", "y", "que", "para", "en", "al",
}  # fmt: skip


def foreign(text: str) -> bool:
    """Whether `text` is written in a language other than English."""
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", text)]
    other = sum(word in _OTHER for word in words)
    english = sum(word in _ENGLISH for word in words)
    return other >= 3 and other >= 3 * english
