#[derive(Debug)]
enum AppError {
    NotFound { path: String, code: u16 },
    Io(String),
}

fn load(p: &str) -> Result<u32, AppError> {
    if p.starts_with('/') {
        Ok(p.len() as u32)
    } else if p.is_empty() {
        Err(AppError::Io("empty".into()))
    } else {
        Err(AppError::NotFound { path: p.to_string(), code: 404 })
    }
}

fn main() {
    println!("{:?}", load("/etc"));
    println!("{:?}", load(""));
    let n: u32 = load("/x").unwrap();
    println!("{}", n);
    let m = load("rel/path").unwrap();
    println!("{}", m);
}
