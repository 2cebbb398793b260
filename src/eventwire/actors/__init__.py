"""Actors: knowledge tables, mentions, in-document linking, resolution to CAMEO-style codes.

Public surface: :func:`eventwire.actors.outlets.match_outlet`, :func:`eventwire.actors.coref.antecedent`,
:func:`eventwire.actors.resolve.resolve_actor`, the stage ``eventwire.actors.v1`` (actors.stage).
"""
