"""Third blind furniture set (session 15): real story bodies (BBC, Reuters-21578, the labelled pages' German,
Italian, Portuguese, Russian, Japanese and Korean bodies) with furniture written for this set in eleven languages
(en es fr de pt it ru ar zh ja ko; Spanish, French, Arabic and Chinese furniture sits around English bodies, the
shared data holding no story text in those languages), placed in the head, body and tail as outlets place it;
plain text in three layouts, HTML pages and JSON Lines records.

Built without reading wirewash's cleaner, its rules, its tests or the earlier sets. Split by a hash of the
story id; about 40% of the test split's furniture uses vocabulary the dev split never draws (reported apart).
``python -m benchmarks.eval.blind3 --split dev`` generates, runs and scores; tune on dev, run test once.
"""
