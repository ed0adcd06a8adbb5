/// The API's OpenAPI 3.1 description, served at `/openapi.json`. Written by hand next to
/// the routes; a test checks that every route is described and every described path
/// exists.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Hearsay",
        "version": "1",
        "description": "Rumours tracked through the news: stories, their claims and status, quotes, stances, contradictions. Story analyses follow the v1 contract of `hearsay analyze --format json`. Reads are open; uploads need a bearer token."
      },
      "components": {
        "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
        "parameters": {
          "storyID": { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }
        },
        "responses": {
          "NotFound": { "description": "No such story or article", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
          "BadRequest": { "description": "A malformed parameter", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
        },
        "schemas": {
          "Error": {
            "type": "object", "required": ["error"],
            "properties": { "error": { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } } }
          },
          "Span": {
            "type": "object", "required": ["start", "end"],
            "description": "Unicode code-point offsets into an article body.",
            "properties": { "start": { "type": "integer" }, "end": { "type": "integer" } }
          },
          "Evidence": {
            "type": "object", "required": ["article", "span"],
            "properties": { "article": { "type": "string" }, "span": { "$ref": "#/components/schemas/Span" } }
          },
          "Article": {
            "type": "object", "required": ["id", "source", "title", "body"],
            "properties": {
              "id": { "type": "string" }, "source": { "type": "string" }, "title": { "type": "string" }, "body": { "type": "string" },
              "outlet": { "type": ["string", "null"] }, "byline": { "type": ["string", "null"] },
              "published": { "type": ["string", "null"], "description": "ISO 8601, as precise as the source" },
              "url": { "type": ["string", "null"] }, "language": { "type": ["string", "null"] },
              "tickers": { "type": "array", "items": { "type": "string" } }, "dateline": { "type": ["string", "null"] }
            }
          },
          "ArticleSummary": {
            "type": "object", "required": ["id", "title"],
            "properties": {
              "id": { "type": "string" }, "title": { "type": "string" }, "outlet": { "type": ["string", "null"] },
              "published": { "type": ["string", "null"] }, "url": { "type": ["string", "null"] },
              "story": { "type": ["string", "null"], "description": "The story the article belongs to" }
            }
          },
          "Stance": { "type": "string", "enum": ["supports", "denies", "reports", "questions", "unrelated"] },
          "ActorStance": { "type": "string", "enum": ["confirms", "denies", "reports", "questions", "unrelated"] },
          "ClaimStatus": { "type": "string", "enum": ["reported", "denied", "disputed", "confirmed", "refuted"] },
          "Claim": {
            "type": "object", "required": ["id", "text", "status", "articleStances", "actorStances", "isCore"],
            "properties": {
              "id": { "type": "string" }, "text": { "type": "string" },
              "origin": { "type": ["string", "null"] }, "sourcing": { "type": ["string", "null"] },
              "status": { "$ref": "#/components/schemas/ClaimStatus" },
              "statusReason": { "type": ["string", "null"] }, "statusSince": { "type": ["string", "null"] },
              "articleStances": { "type": "array", "items": { "type": "object", "required": ["article", "stance"],
                "properties": { "article": { "type": "string" }, "stance": { "$ref": "#/components/schemas/Stance" } } } },
              "actorStances": { "type": "array", "items": { "type": "object", "required": ["actor", "stance", "article"],
                "properties": { "actor": { "type": "string" }, "stance": { "$ref": "#/components/schemas/ActorStance" },
                  "quote": { "type": ["string", "null"] }, "article": { "type": "string" },
                  "evidence": { "oneOf": [{ "$ref": "#/components/schemas/Evidence" }, { "type": "null" }] } } } },
              "isCore": { "type": "boolean" }
            }
          },
          "Quote": {
            "type": "object", "required": ["id", "text", "article", "flags", "span"],
            "properties": {
              "id": { "type": "string" }, "text": { "type": "string" }, "article": { "type": "string" },
              "speaker": { "type": ["string", "null"] }, "role": { "type": ["string", "null"] }, "venue": { "type": ["string", "null"] },
              "flags": { "type": "array", "items": { "type": "string" } },
              "span": { "$ref": "#/components/schemas/Span" },
              "attribution": { "oneOf": [{ "$ref": "#/components/schemas/Span" }, { "type": "null" }] }
            }
          },
          "Story": {
            "type": "object", "required": ["id", "title", "articles", "claims", "quotes"],
            "description": "A story of the v1 contract (docs/CONTRACT.md); further fields: quoteGroups, people, organisations, citations, contradictions, rewrites, timeline.",
            "properties": {
              "id": { "type": "string" }, "title": { "type": "string" },
              "articles": { "type": "array", "items": { "type": "string" } },
              "claims": { "type": "array", "items": { "$ref": "#/components/schemas/Claim" } },
              "quotes": { "type": "array", "items": { "$ref": "#/components/schemas/Quote" } },
              "quoteGroups": { "type": "array", "items": { "type": "object" } },
              "people": { "type": "array", "items": { "type": "object" } },
              "organisations": { "type": "array", "items": { "type": "object" } },
              "citations": { "type": "array", "items": { "type": "object" } },
              "contradictions": { "type": "array", "items": { "type": "object" } },
              "rewrites": { "type": "array", "items": { "type": "object" } },
              "timeline": { "type": "array", "items": { "type": "object" } }
            }
          },
          "AnalysisDocument": {
            "type": "object", "required": ["version", "articles", "stories"],
            "properties": {
              "version": { "type": "integer", "const": 1 },
              "articles": { "type": "array", "items": { "$ref": "#/components/schemas/Article" } },
              "stories": { "type": "array", "items": { "$ref": "#/components/schemas/Story" } }
            }
          },
          "StorySummary": {
            "type": "object", "required": ["id", "title", "articleCount", "outlets", "quoteCount", "contradictionCount"],
            "properties": {
              "id": { "type": "string" }, "title": { "type": "string" },
              "claim": { "type": ["string", "null"], "description": "The main claim" },
              "status": { "oneOf": [{ "$ref": "#/components/schemas/ClaimStatus" }, { "type": "null" }] },
              "articleCount": { "type": "integer" }, "outlets": { "type": "array", "items": { "type": "string" } },
              "quoteCount": { "type": "integer" }, "contradictionCount": { "type": "integer" },
              "firstPublished": { "type": ["string", "null"] }, "lastPublished": { "type": ["string", "null"] }
            }
          },
          "StoryClaim": {
            "type": "object", "required": ["story", "storyTitle", "claim"],
            "properties": { "story": { "type": "string" }, "storyTitle": { "type": "string" }, "claim": { "$ref": "#/components/schemas/Claim" } }
          },
          "IngestResult": {
            "type": "object", "required": ["received", "added", "articles"],
            "properties": {
              "received": { "type": "integer" }, "added": { "type": "integer", "description": "Articles not stored before" },
              "articles": { "type": "array", "items": { "$ref": "#/components/schemas/ArticleSummary" } },
              "skipped": { "type": "array", "items": { "type": "string" }, "description": "Pages of a WARC crawl that are not articles (an error status, no text), each \"URI: reason\"" }
            }
          }
        }
      },
      "paths": {
        "/api/health": {
          "get": { "summary": "Liveness and the current revision", "operationId": "health",
            "responses": { "200": { "description": "Up", "content": { "application/json": { "schema": { "type": "object",
              "properties": { "status": { "type": "string" }, "revision": { "type": "integer" } } } } } } } }
        },
        "/api/stories": {
          "get": { "summary": "All stories, with the main claim's status", "operationId": "listStories",
            "responses": { "200": { "description": "Stories", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/StorySummary" } } } } } } }
        },
        "/api/stories/{id}": {
          "get": { "summary": "One story's analysis as a v1 contract document (that story and its articles)", "operationId": "getStory",
            "parameters": [{ "$ref": "#/components/parameters/storyID" }],
            "responses": { "200": { "description": "The analysis", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AnalysisDocument" } } } },
              "404": { "$ref": "#/components/responses/NotFound" } } }
        },
        "/api/stories/{id}/claims": {
          "get": { "summary": "A story's claims", "operationId": "getStoryClaims",
            "parameters": [{ "$ref": "#/components/parameters/storyID" }],
            "responses": { "200": { "description": "Claims", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Claim" } } } } },
              "404": { "$ref": "#/components/responses/NotFound" } } }
        },
        "/api/stories/{id}/quotes": {
          "get": { "summary": "A story's quotations", "operationId": "getStoryQuotes",
            "parameters": [{ "$ref": "#/components/parameters/storyID" }],
            "responses": { "200": { "description": "Quotes", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Quote" } } } } },
              "404": { "$ref": "#/components/responses/NotFound" } } }
        },
        "/api/stories/{id}/quotes.csv": {
          "get": { "summary": "A story's quotations as CSV", "operationId": "exportQuotesCSV",
            "parameters": [{ "$ref": "#/components/parameters/storyID" }],
            "responses": { "200": { "description": "CSV: story, quote, article, outlet, published, speaker, role, venue, text, flags, group, wording_differs, start, end", "content": { "text/csv": { "schema": { "type": "string" } } } },
              "404": { "$ref": "#/components/responses/NotFound" } } }
        },
        "/api/stories/{id}/stances.csv": {
          "get": { "summary": "Every outlet's and person's stance on each claim, as CSV", "operationId": "exportStancesCSV",
            "parameters": [{ "$ref": "#/components/parameters/storyID" }],
            "responses": { "200": { "description": "CSV: story, claim, claim_text, status, kind, who, article, stance, quote, start, end", "content": { "text/csv": { "schema": { "type": "string" } } } },
              "404": { "$ref": "#/components/responses/NotFound" } } }
        },
        "/api/stories/{id}/claimreview.jsonld": {
          "get": { "summary": "schema.org ClaimReview for each claim", "operationId": "exportClaimReview",
            "parameters": [{ "$ref": "#/components/parameters/storyID" }],
            "responses": { "200": { "description": "JSON-LD array of ClaimReview", "content": { "application/ld+json": { "schema": { "type": "array", "items": { "type": "object" } } } } },
              "404": { "$ref": "#/components/responses/NotFound" } } }
        },
        "/api/claims": {
          "get": { "summary": "Claims across all stories", "operationId": "listClaims",
            "parameters": [{ "name": "status", "in": "query", "required": false, "schema": { "$ref": "#/components/schemas/ClaimStatus" } }],
            "responses": { "200": { "description": "Claims with their story", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/StoryClaim" } } } } },
              "400": { "$ref": "#/components/responses/BadRequest" } } }
        },
        "/api/articles": {
          "get": { "summary": "Stored articles, oldest first, without bodies", "operationId": "listArticles",
            "parameters": [
              { "name": "limit", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 100 } },
              { "name": "offset", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 0, "default": 0 } }],
            "responses": { "200": { "description": "Articles", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/ArticleSummary" } } } } },
              "400": { "$ref": "#/components/responses/BadRequest" } } },
          "post": { "summary": "Store articles: JSON (an object, an array or JSON Lines of article records), plain text, Markdown, HTML or a WARC crawl", "operationId": "ingestArticles",
            "description": "All or nothing: the articles are stored, and new ones grouped into stories, in one transaction, or nothing is stored. A WARC crawl (`application/warc`, plain or gzip per record as `.warc.gz` files are; also `application/gzip` or `application/octet-stream` when the body starts with gzip data or a `WARC/1.` record) gives one article per HTML response with status 200, read as `hearsay ingest` reads a crawl; a truncated or corrupt crawl is refused with 422. A saved RSS or Atom feed gives one article per item that carries its own text; a feed of headlines and links only is refused with 422.",
            "security": [{ "bearer": [] }],
            "parameters": [
              { "name": "source", "in": "query", "required": false, "description": "What to record as the articles' source", "schema": { "type": "string" } },
              { "name": "url", "in": "query", "required": false, "description": "For HTML: the page's address, used for missing metadata", "schema": { "type": "string" } }],
            "requestBody": { "required": true, "content": {
              "application/json": { "schema": { "oneOf": [{ "type": "object" }, { "type": "array", "items": { "type": "object" } }] } },
              "application/x-ndjson": { "schema": { "type": "string" } },
              "text/plain": { "schema": { "type": "string" } },
              "text/markdown": { "schema": { "type": "string" } },
              "text/html": { "schema": { "type": "string" } },
              "application/rss+xml": { "schema": { "type": "string" } },
              "application/atom+xml": { "schema": { "type": "string" } },
              "application/warc": { "schema": { "type": "string", "format": "binary" } },
              "application/gzip": { "schema": { "type": "string", "format": "binary" } },
              "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } },
            "responses": {
              "201": { "description": "Stored; some articles were new", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/IngestResult" } } } },
              "200": { "description": "Read, but every article was stored already", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/IngestResult" } } } },
              "401": { "description": "Missing or wrong bearer token", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "403": { "description": "The server was started without a token: uploads are disabled", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "413": { "description": "The body is larger than the server's limit" },
              "415": { "description": "A media type the server does not read, or a generic binary type whose body is not a WARC crawl", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "422": { "description": "The body could not be read as articles (invalid JSON, a truncated or corrupt crawl, no article in it)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } } } }
        },
        "/api/articles/{id}": {
          "get": { "summary": "One article, with its body", "operationId": "getArticle",
            "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
            "responses": { "200": { "description": "The article", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Article" } } } },
              "404": { "$ref": "#/components/responses/NotFound" } } }
        },
        "/api/search": {
          "get": { "summary": "Full-text search over titles and bodies, best matches first", "operationId": "search",
            "parameters": [
              { "name": "q", "in": "query", "required": true, "schema": { "type": "string" } },
              { "name": "limit", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 1, "maximum": 200, "default": 20 } }],
            "responses": { "200": { "description": "Matching articles", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/ArticleSummary" } } } } },
              "400": { "$ref": "#/components/responses/BadRequest" } } }
        },
        "/api/events": {
          "get": { "summary": "Server-sent events: `revision` with the store's revision number, at once and whenever stories change", "operationId": "events",
            "responses": { "200": { "description": "An event stream that closes after a while (the browser reconnects)", "content": { "text/event-stream": { "schema": { "type": "string" } } } } } }
        },
        "/openapi.json": {
          "get": { "summary": "This document", "operationId": "openapi",
            "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": { "schema": { "type": "object" } } } } } }
        }
      }
    }
    """#
}
