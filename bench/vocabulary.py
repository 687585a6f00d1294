"""Word lists for the benchmark data generator (bench/generate.py, bench/content.py).

Real words give the text a plausible look and PostgreSQL's English stemmer something to
chew on; a long tail of made-up words (see generate.py) gives search realistic rare terms.
"""

# Stop words: PostgreSQL's English text search drops them, so they never reach the index.
FUNCTION_WORDS = """
the of and to a in is that for it as with was on be by this are or from at an but not have
has we you they can will if when which more so all one there their our what about into than
then also only just some most each very how other these those its your would should could
been were do does may might must while after before because over under between through both
such any many much where who them us out up no here now even well still same new first
""".split()

# Content words, roughly from most to least common in a software blog.
CONTENT_WORDS = """
data code system time team work user service performance application database query
server request model test change build release feature design problem process value
file version project example way memory cluster network error result support approach
function api interface production developer library framework method state object type
cache index table schema migration deployment container configuration security access
token session request response client browser page content post article blog author
reader search result filter sort order list item field column row record key
latency throughput load traffic scale capacity resource budget cost price customer product
market business strategy goal metric dashboard alert incident outage monitoring logging
tracing observability pipeline workflow automation script tool command terminal shell
editor language syntax compiler runtime interpreter thread process lock queue message event
stream topic partition consumer producer broker replica leader follower consensus
transaction commit rollback isolation consistency durability availability failure recovery
backup restore snapshot archive storage disk volume bucket object blob upload download
image video audio text markdown html style layout component template render route handler
middleware plugin module package dependency upgrade patch bug fix issue ticket review
merge branch repository history author contributor maintainer community conference talk
book chapter lesson course tutorial guide reference documentation note idea question
answer opinion experience story journey career interview hiring manager engineer leader
mentor meeting sprint estimate deadline plan roadmap priority tradeoff decision risk
experiment hypothesis measurement benchmark profile trace flame graph sample percentile
median average variance outlier regression improvement optimisation bottleneck hotspot
allocation garbage collector heap stack pointer reference closure lambda generic
inheritance composition pattern principle abstraction boundary contract protocol
format encoding parser serializer json yaml csv xml binary payload header body status
redirect proxy gateway balancer firewall certificate encryption signature hash password
permission role policy audit compliance privacy consent cookie tracking analytics
experiment rollout flag canary rollback blue green region zone instance node pod
kernel driver hardware cpu core socket buffer packet bandwidth connection pool timeout
retry backoff circuit breaker fallback idempotency ordering duplicate delivery guarantee
window aggregate join projection view trigger constraint sequence identifier slug
sitemap feed newsletter subscriber comment reply thread mention notification email
mobile desktop tablet screen keyboard mouse touch gesture animation transition font color
accessibility contrast semantic landmark heading paragraph link button form input label
validation sanitisation escaping injection vulnerability exploit mitigation review
simple fast slow small large clear clean careful robust reliable stable secure modern
legacy complex hard easy quick cheap expensive useful common rare early late real
practical honest frequent typical careful gradual sudden manual automatic local remote
global public private internal external shared dedicated dynamic static lazy eager
write read run ship deploy measure test debug profile refactor rewrite split merge
learn teach explain discover compare choose avoid prefer improve reduce increase
handle store fetch render parse validate encode decode compress cache index query
coffee morning weekend holiday garden kitchen travel train city river mountain winter
summer music piano guitar photography camera walk bicycle running habit focus energy
café naïve résumé façade déjà
""".split()

# Proper names for titles and tags.
TECHNOLOGIES = """
PostgreSQL MySQL SQLite Redis Kafka RabbitMQ Elasticsearch OpenSearch MongoDB Cassandra
Kubernetes Docker Podman Terraform Ansible Nginx Envoy Istio Linkerd Prometheus Grafana
Jaeger OpenTelemetry Java Kotlin Scala Groovy Python Ruby Rust Go Haskell Elixir Erlang
Clojure Swift TypeScript JavaScript Deno Node Bun Quarkus Spring Micronaut Helidon Vertx
Django Flask FastAPI Rails Phoenix Laravel Symfony React Vue Svelte Angular Solid Astro
Nextjs Nuxt Remix Gatsby Hugo Jekyll Eleventy Ghost WordPress Markdown GraphQL gRPC
OpenAPI WebAssembly WebSockets HTTP3 QUIC TLS OAuth OIDC JWT Linux FreeBSD macOS Windows
Android iOS Flutter Electron Tauri Vim Emacs VSCode IntelliJ Git Mercurial GitHub GitLab
Jenkins Bazel Gradle Maven Cargo Nix Homebrew AWS GCP Azure Cloudflare Fastly Vercel
Netlify Heroku Fly Lambda S3 DynamoDB BigQuery Snowflake DuckDB ClickHouse Spark Flink
Airflow dbt Pandas NumPy PyTorch TensorFlow Jupyter Unicode UTF8 CSS HTML SVG Tailwind
Sass Webpack Vite esbuild Rollup Babel ESLint Prettier JUnit pytest Playwright Cypress
Selenium Gatling wrk k6 JMeter Zig Nim OCaml FSharp CSharp dotnet Lua Perl PHP Bash Zsh
Fish tmux SSH WireGuard Tailscale Consul Vault Nomad etcd ZooKeeper Raft Paxos CRDT
""".split()

TOPICS = """
Performance Security Testing Databases DevOps Frontend Backend Architecture Career
Leadership Productivity Open-Source Tutorials Opinion News Releases Observability Cloud
Networking Accessibility Design Writing Books Conferences Hiring Remote-Work Startups
Data-Engineering Machine-Learning Privacy Reliability Incidents Postmortems Scalability
Caching Search Concurrency Distributed-Systems Functional-Programming Type-Systems
Compilers Operating-Systems Embedded Mobile Web Standards APIs Documentation Refactoring
Code-Review Debugging Profiling Benchmarks Migrations Infrastructure Automation CI-CD
Containers Serverless Microservices Monoliths Event-Sourcing CQRS Messaging Streaming
Analytics Visualisation Typography Photography Travel Music Cooking Gardening Health
Mentoring Teaching Community Ethics Sustainability Hardware Retro-Computing Games
Algorithms Mathematics Statistics Cryptography Authentication Authorization Encryption
Compliance Localization Internationalisation Unicode Time-Zones Dates Money Payments
E-Commerce Marketing SEO Newsletters Blogging Podcasts Video Audio Images Fonts Colors
Layout Animation Forms Validation Errors Logging Metrics Tracing Alerts On-Call SRE
Capacity-Planning Cost Estimation Planning Roadmaps Product Users Feedback Interviews
""".split()

TAG_QUALIFIERS = """
Tips Internals Patterns Pitfalls Basics Deep-Dives Tooling Performance Security Testing
Migration Operations Ecosystem News Community Best-Practices Case-Studies Debugging
Upgrades Recipes
""".split()

TITLE_VERBS = """
scale test debug profile ship monitor migrate cache index secure refactor rewrite
simplify measure speed-up document deploy version paginate search validate design
""".split()

TITLE_NOUNS = """
queries services pipelines deployments APIs databases caches indexes tests builds
releases teams dashboards alerts migrations schemas clusters containers workflows
endpoints logs metrics traces backups permissions sessions tokens feeds pages forms
""".split()

TITLE_ADJECTIVES = """
simple fast boring reliable practical honest gentle pragmatic modern old-school
minimal robust observable testable accessible secure cheap tiny huge surprising
""".split()

CODE_LANGUAGES = ["python", "java", "javascript", "bash", "sql", "go", "yaml", "json", "rust", "html"]

# Templates for lines of code; {a} {b} {c} are identifiers, {n} a number. Each contains
# characters that HTML must escape (< > & ") somewhere in the set.
CODE_LINES = {
    "python": ["def {a}_{b}({c}):", "    return [{c} for {c} in {a} if {c} > {n}]",
               "{a} = {{\"{b}\": {n}, \"{c}\": None}}", "if {a} and not {b}:", "    print(f\"{a}: {{{b}}}\")",
               "import {a}", "with open(\"{b}.txt\") as {c}:", "    {a}.append({b} & {n})"],
    "java": ["public record {A}(String {b}, int {c}) {{}}", "List<{A}> {b} = new ArrayList<>();",
             "if ({a} != null && {b} > {n}) {{", "    return {a}.stream().map({A}::{b}).toList();", "}}",
             "Map<String, {A}> {c} = Map.of(\"{a}\", {b});", "@GET @Path(\"/{a}\")", "private final {A} {a};"],
    "javascript": ["const {a} = await fetch(`/api/{b}?limit=${{{n}}}`);", "export function {a}({b}) {{",
                   "  return {b}.filter(({c}) => {c}.{a} >= {n});", "}}", "let {a} = {b} ?? {{}};",
                   "document.querySelector(\"#{a}\").textContent = {b};", "if ({a} && {b} < {n}) {{ {c}(); }}"],
    "bash": ["curl -s \"http://localhost:8080/{a}?{b}={n}\" | jq .{c}", "export {A}_{B}={n}",
             "for {a} in $(ls {b}); do echo \"${a}\"; done", "grep -r {a} {b}/ > /tmp/{c}.log 2>&1",
             "./{a} --{b}={n} && ./{c}", "if [ -f {a} ]; then rm {a}; fi"],
    "sql": ["select {a}, count(*) from {b} where {c} > {n} group by {a};", "create index {a}_{b}_idx on {a} ({b});",
            "explain analyze select * from {a} where {b} <> '{c}';", "update {a} set {b} = {b} + {n} where id = $1;",
            "insert into {a} ({b}, {c}) values ('{a}', {n});", "delete from {a} where {b} < now() - interval '{n} days';"],
    "go": ["func {A}({b} string) (int, error) {{", "    if {b} == \"\" {{ return 0, errors.New(\"{c}\") }}",
           "    {a} := make(map[string]int, {n})", "}}", "for _, {a} := range {b} {{ {c} += {a} }}",
           "ch := make(chan {A}, {n})", "if err != nil && {a} < {n} {{ return err }}"],
    "yaml": ["{a}:", "  {b}: {n}", "  {c}: \"{a}-{b}\"", "  - name: {a}", "    image: {b}:{n}",
             "{a}_{b}: true", "  # {c} & {a} <{b}>"],
    "json": ["{{", "  \"{a}\": {n},", "  \"{b}\": \"{c} & {a}\",", "  \"{c}\": [{n}, {n}, null],",
             "  \"html\": \"<{a}>{b}</{a}>\"", "}}"],
    "rust": ["fn {a}({b}: &str) -> Result<{A}, Error> {{", "    let {c}: Vec<u32> = {b}.iter().map(|x| x * {n}).collect();",
             "    if {a} > {n} && {b}.is_empty() {{ return Err({A}::{B}); }}", "}}", "impl {A} for {B} {{}}",
             "#[derive(Debug, Clone)]", "struct {A} {{ {b}: Option<{B}> }}"],
    "html": ["<article class=\"{a}\">", "  <h2>{A} &amp; {B}</h2>", "  <a href=\"/{a}/{b}\">{c}</a>",
             "</article>", "<img src=\"/{a}.png\" alt=\"{b}\">", "<script>alert({n})</script>"],
}
