"""Ask the Migration Governance Knowledge Graph's GraphQL API from Python, into pandas DataFrames.

    pip install -r requirements.txt
    python3 example.py --url http://127.0.0.1:4000/graphql
    python3 example.py --instruments instrument:cat,instrument:crc --api-key "$KEY"

Prints two tables: the flagship question (which bodies monitor non-refoulement for refugees, and
on what basis and evidence) and the ratification status of some instruments (parties, signed only,
known not party, unknown: a State no data covers is counted as unknown, never as "not party").
"""
import argparse
import sys

import pandas as pd
import requests

FLAGSHIP = """
query Flagship($right: ID!, $category: ID!) {
  monitoringBodies(right: $right, category: $category) {
    monitorId monitorName basis instrumentId articles categoryPath
    evidence { type from to citations { sourceTitle locator } }
  }
}"""

STATUS = """
query Status($instrument: ID!) {
  ratificationStatus(instrument: $instrument) {
    instrument { id name }
    partyCount signedOnlyCount knownNotPartyCount unknownCount
    coverage { asOf }
  }
}"""


def ask(url, query, variables, api_key=None):
    """POSTs one GraphQL operation; a GraphQL error stops the script with the API's own message."""
    headers = {"content-type": "application/json"}
    if api_key:
        headers["authorization"] = f"Bearer {api_key}"
    response = requests.post(url, json={"query": query, "variables": variables}, headers=headers, timeout=60)
    body = response.json()
    if body.get("errors"):
        codes = [e.get("extensions", {}).get("code") for e in body["errors"]]
        sys.exit(f"GraphQL error ({', '.join(filter(None, codes))}): {body['errors'][0]['message']}")
    response.raise_for_status()
    return body["data"]


def flagship_table(url, right, category, api_key):
    answers = ask(url, FLAGSHIP, {"right": right, "category": category}, api_key)["monitoringBodies"]
    rows = []
    for a in answers:
        citations = [c for step in a["evidence"] for c in step["citations"]]
        rows.append(
            {
                "monitorId": a["monitorId"],
                "basis": a["basis"],
                "instrumentId": a["instrumentId"] or "",
                "articles": ", ".join(a["articles"] or []),
                "evidenceSteps": len(a["evidence"]),
                "citations": len(citations),
                "firstSource": citations[0]["sourceTitle"][:40] if citations else "",
            }
        )
    return pd.DataFrame(rows, columns=["monitorId", "basis", "instrumentId", "articles", "evidenceSteps", "citations", "firstSource"])


def status_table(url, instruments, api_key):
    rows = []
    for instrument in instruments:
        s = ask(url, STATUS, {"instrument": instrument}, api_key)["ratificationStatus"]
        as_of = sorted({c["asOf"] for c in s["coverage"] if c["asOf"]})
        rows.append(
            {
                "instrument": s["instrument"]["id"],
                "party": s["partyCount"],
                "signedOnly": s["signedOnlyCount"],
                "knownNotParty": s["knownNotPartyCount"],
                "unknown": s["unknownCount"],
                "coverageAsOf": as_of[-1] if as_of else "no coverage",
            }
        )
    return pd.DataFrame(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:4000/graphql", help="the API's /graphql address")
    parser.add_argument("--api-key", default=None, help="an API key, when the server requires one for reads")
    parser.add_argument("--right", default="right:non-refoulement")
    parser.add_argument("--category", default="category:refugees")
    parser.add_argument("--instruments", default="instrument:cat,instrument:crc,instrument:icrmw", help="comma-separated instrument ids")
    args = parser.parse_args()

    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", None)
    pd.set_option("display.max_rows", None)

    flagship = flagship_table(args.url, args.right, args.category, args.api_key)
    print(f"Which bodies monitor {args.right} for {args.category}: {len(flagship)} answers")
    print(flagship.to_string(index=False))
    print()
    status = status_table(args.url, [i.strip() for i in args.instruments.split(",") if i.strip()], args.api_key)
    print("Ratification status (unknown = no data covers the State; never counted as not party)")
    print(status.to_string(index=False))


if __name__ == "__main__":
    main()
