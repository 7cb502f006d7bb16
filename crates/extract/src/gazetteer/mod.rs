//! Gazetteers: countries, cities and international organizations, loaded once.
