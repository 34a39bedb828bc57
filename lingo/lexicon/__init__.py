"""Rule data and fast matching: lexicons, rule catalogue, triggers, morphology, tables."""
