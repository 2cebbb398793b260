"""NLP stage: spaCy over the article text (tokens, sentences, parse, entities)."""

from .stage import NlpStage, load_model

__all__ = ["NlpStage", "load_model"]
