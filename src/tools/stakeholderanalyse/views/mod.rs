//! Views of the Stakeholderanalyse.
