"""Furniture no rule names, told by a learned score of a paragraph's words and shape: ``features`` (the model's
inputs), ``score`` and the pass ``scored_furniture``; the weights are ``weights_en`` (generated, see there)."""
