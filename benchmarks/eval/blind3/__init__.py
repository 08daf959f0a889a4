"""Third blind furniture set (session 15): real story bodies (BBC, Reuters-21578, the labelled pages' German,
Italian, Portuguese, Russian, Japanese and Korean bodies) with furniture written for this set in eleven languages
(en es fr de pt it ru ar zh ja ko; Spanish, French, Arabic and Chinese furniture sits around English bodies, the
shared data holding no story text in those languages), placed in the head, body and tail as outlets place it;
plain text in three layouts, HTML pages and JSON Lines records.

Built without reading wirewash's cleaner, its rules, its tests or the earlier sets. Split by a hash of the
story id; about 40% of the test split's furniture uses vocabulary the dev split never draws (reported apart).
``python -m benchmarks.eval.blind3 --split dev`` generates, runs and scores; tune on dev, run test once.

Main's cleaner (session 15, the set as of commit 8ed6fe7), dev: furniture leaked 8.3% of 68,706 characters,
story characters kept 99.86%, story paragraphs kept whole 99.04%, title right 96.5%, byline 94.4%, publisher
98.9%. Test, run once: furniture leaked 11.6% of 70,847 (test-only vocabulary 12.8%, shared 10.7%), story kept
99.95%, paragraphs whole 99.15%, title 97.5%, byline 91.6%, publisher 83.1%.
"""
