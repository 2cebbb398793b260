"""Analyst-ready data: dedup modes, aggregate panels, schema exports, time-aware country codes,
coverage and incremental sync. Everything reads the store through its public methods."""
