// Programs that look like the compile check's type errors but compile: coercions,
// integer literals, `if let` without `else`, arms of one type, a `Duration` for `sleep`.
use std::time::Duration;

struct Config {
    retries: u32,
    ratio: f64,
    name: String,
    label: &'static str,
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn count(s: &String) -> usize {
    s.len()
}

fn log(msg: &str) {
    println!("log: {}", msg.len());
}

fn sign(n: i32) -> i32 {
    if n < 0 {
        return -1;
    }
    1
}

fn average(v: &[u32]) -> f64 {
    let sum: u32 = v.iter().sum();
    sum as f64 / v.len() as f64
}

async fn a() -> u32 {
    1
}

async fn b() -> String {
    "b".into()
}

async fn nothing() {}

#[tokio::main]
async fn main() {
    let (x1, y1): (u32, String) = tokio::join!(a(), b());
    let (x2, (), y2): (u32, (), String) = tokio::join!(a(), nothing(), b());
    println!("{x1} {y1} {x2} {y2}");
    let name = String::from("ada");
    let r = &name;
    let rr = &r;
    println!("{} {} {}", shout(&name), shout(r), shout(rr));
    let s: &str = &name;
    let t: &str = &&name;
    println!("{s} {t} {}", count(&name));
    log("hi");
    println!("{} {}", sign(-3), average(&[1, 2, 3]));

    let mut names: Vec<&str> = Vec::new();
    names.push(&name);
    names.push("bob");
    let mut owned: Vec<String> = Vec::new();
    owned.push(name.clone());
    owned.push("cy".to_string());
    let mut floats: Vec<f64> = Vec::new();
    floats.push(1.5);
    floats.push(2f64);
    println!("{names:?} {owned:?} {floats:?}");

    let c = Config { retries: 3, ratio: 0.5, name: "svc".into(), label: "x" };
    println!("{} {} {} {}", c.retries, c.ratio, c.name, c.label);

    let n: u32 = 5;
    let limit: i64 = 10;
    if (n as i64) < limit && n < 7 && 2.0 < c.ratio * 10.0 {
        println!("under");
    }
    let code = 404;
    let text = match code {
        200 => "ok",
        404 => "not found",
        _ => name.as_str(),
    };
    let label = if n > 5 { "big" } else { &name };
    let other = if n > 5 { String::from("big") } else { name.clone() };
    println!("{text} {label} {other}");

    let maybe: Option<()> = Some(());
    let x = 5;
    if let Some(x) = maybe {
        x
    }
    println!("{x}");

    let v = vec![1, 2, 3];
    let first: Option<&i32> = v.first();
    let total: i32 = v.iter().sum();
    println!("{first:?} {total} {}", v.len());

    tokio::time::sleep(Duration::from_millis(100)).await;
    let d = Duration::from_millis(5);
    tokio::time::sleep(d).await;
    let handle = tokio::spawn(async { 42u32 });
    let n: u32 = handle.await.unwrap();
    println!("slept {n}");

    let v = "outer";
    let out = tokio::select! {
        biased;
        v = async { 7 } => v,
        _ = tokio::time::sleep(Duration::from_millis(5)) => 0,
    };
    let text = tokio::select! {
        biased;
        w = async { 8 } => w.to_string(),
        _ = tokio::time::sleep(Duration::from_millis(5)) => "timeout".to_string(),
    };
    println!("{v} {out} {text}");
}
