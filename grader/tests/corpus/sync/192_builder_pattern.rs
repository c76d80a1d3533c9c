#[derive(Debug, Clone, Default)]
struct Request {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout_ms: u64,
}

#[derive(Default)]
struct RequestBuilder {
    req: Request,
}

impl RequestBuilder {
    fn new(url: &str) -> Self {
        RequestBuilder { req: Request { method: "GET".into(), url: url.into(), timeout_ms: 30_000, ..Default::default() } }
    }
    fn method(mut self, m: &str) -> Self {
        self.req.method = m.to_uppercase();
        self
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.req.headers.push((k.into(), v.into()));
        self
    }
    fn body(mut self, b: impl Into<String>) -> Self {
        self.req.body = Some(b.into());
        self
    }
    fn timeout(mut self, ms: u64) -> Self {
        self.req.timeout_ms = ms;
        self
    }
    fn build(self) -> Result<Request, String> {
        if self.req.method == "GET" && self.req.body.is_some() {
            return Err("GET requests cannot have a body".into());
        }
        Ok(self.req)
    }
}

fn main() {
    let get = RequestBuilder::new("/users").header("Accept", "json").build();
    println!("{get:?}");
    let post = RequestBuilder::new("/users").method("post").body("{\"name\":\"ann\"}").timeout(500).build().unwrap();
    println!("{:#?}", post);
    let bad = RequestBuilder::new("/x").body("oops").build();
    println!("{bad:?}");
}
