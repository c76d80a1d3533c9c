#[derive(Debug)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

fn render(j: &Json) -> String {
    match j {
        Json::Null => "null".to_string(),
        Json::Bool(b) => b.to_string(),
        Json::Num(n) if n.fract() == 0.0 => format!("{}", *n as i64),
        Json::Num(n) => n.to_string(),
        Json::Str(s) => format!("{s:?}"),
        Json::Arr(items) => format!("[{}]", items.iter().map(render).collect::<Vec<_>>().join(",")),
        Json::Obj(fields) => {
            let parts: Vec<String> = fields.iter().map(|(k, v)| format!("{k:?}:{}", render(v))).collect();
            format!("{{{}}}", parts.join(","))
        }
    }
}

fn depth(j: &Json) -> usize {
    match j {
        Json::Arr(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Json::Obj(fields) => 1 + fields.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

fn count_strings(j: &Json) -> usize {
    match j {
        Json::Str(_) => 1,
        Json::Arr(v) => v.iter().map(count_strings).sum(),
        Json::Obj(f) => f.iter().map(|(_, v)| count_strings(v)).sum(),
        Json::Null | Json::Bool(_) | Json::Num(_) => 0,
    }
}

fn main() {
    let doc = Json::Obj(vec![
        ("name".into(), Json::Str("await \"lab\"".into())),
        ("version".into(), Json::Num(1.0)),
        ("ratio".into(), Json::Num(0.75)),
        ("tags".into(), Json::Arr(vec![Json::Str("rust".into()), Json::Null, Json::Bool(true)])),
        ("nested".into(), Json::Obj(vec![("deep".into(), Json::Arr(vec![Json::Arr(vec![])]))])),
    ]);
    println!("{}", render(&doc));
    println!("depth {} strings {}", depth(&doc), count_strings(&doc));
    if let Json::Obj(fields) = &doc {
        if let Some((_, Json::Arr(tags))) = fields.iter().find(|(k, _)| k == "tags") {
            println!("{} tags, first {:?}", tags.len(), tags.first());
        }
    }
}
