"""The SENEP network: a page per region (its directorate, crest, offices, local events and news),
a page per office with the Centro de Empleo services it offers, and the office finder."""
