//! Tests of the model explorer against an independent reading of the CSV files.
