"""The public listings as open data: Open Referral HSDS 3.0, in JSON and as a tabular package."""
