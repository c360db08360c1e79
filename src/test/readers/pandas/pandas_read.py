"""Reads tables of the job as a pandas user does by default, and with README's one-step conversion of day.

For each TABLE_DIR given, prints one JSON line: {"table", "day_type" (as read), "day_type_converted", "columns",
"rows"}; rows are objects with day as YYYY-MM-DD after the conversion and nulls left out. Run by the tests:
python3 pandas_read.py TABLE_DIR...
"""
import json
import math
import os
import sys

import pandas as pd


def plain(value):
    """A cell as JSON: numpy scalars as Python numbers, missing values as None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def main(table_dirs):
    for table_dir in table_dirs:
        df = pd.read_parquet(table_dir)  # the default call
        day_type = str(df["day"].dtype)
        df["day"] = df["day"].astype("datetime64[s]")  # README's one step
        converted = str(df["day"].dtype)
        df["day"] = df["day"].dt.strftime("%Y-%m-%d")
        rows = []
        for record in df.to_dict("records"):
            row = {k: plain(v) for k, v in record.items()}
            rows.append({k: v for k, v in row.items() if v is not None})
        print(json.dumps({"table": os.path.basename(os.path.normpath(table_dir)), "day_type": day_type,
                          "day_type_converted": converted, "columns": list(df.columns), "rows": rows}))


if __name__ == "__main__":
    main(sys.argv[1:])
