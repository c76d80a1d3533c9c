struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn parse(s: &str) -> u32 {
    let _p = Loud("parse frame");
    s.parse().expect("not a number")
}

fn total(items: &[&str]) -> u32 {
    let _t = Loud("total frame");
    items.iter().map(|s| parse(s)).sum()
}

async fn work(items: Vec<&'static str>) -> u32 {
    let _w = Loud("work future");
    tokio::task::yield_now().await;
    total(&items)
}

#[tokio::main]
async fn main() {
    let h = tokio::spawn(work(vec!["1", "x", "3"]));
    let r = h.await;
    println!("task: {:?}", r.map_err(|e| e.is_panic()));
    println!("ok: {}", work(vec!["4", "5"]).await);
    let _outer = Loud("main first");
    let _second = Loud("main second");
    {
        let _scoped = Loud("scoped");
    }
    let n = work(vec!["7", "eight"]).await;
    println!("never {n}");
}
