#!/usr/bin/env python3
"""Writes the WordPress peer's posts (data/posts-N.jsonl: the same Markdown, slugs, dates and tags)
through this API, so that both serve the same blog. Usage: load_wordpress.py BASE_URL TOKEN FILE"""
import json
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def create(base, token, post):
    body = {"title": post["title"], "slug": post["slug"], "markdown": post["markdown"], "tags": post["tags"],
            "status": "published", "publishedAt": post["date_gmt"].replace(" ", "T") + "Z"}
    request = urllib.request.Request(base + "/api/v1/posts", data=json.dumps(body).encode(), method="POST",
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


def main():
    base, token, path = sys.argv[1:4]
    posts = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    with ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(lambda post: create(base, token, post), posts))
    print(f"loaded {statuses.count(201)} of {len(posts)} posts")
    sys.exit(0 if statuses.count(201) == len(posts) else 1)


if __name__ == "__main__":
    main()
