use tokio::time::{sleep, Duration};

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main]
async fn main() {
    tokio::spawn(async {
        let _l = Loud("sleeping task");
        sleep(Duration::from_secs(1)).await;
    });
    let h = tokio::spawn(async {
        let _l = Loud("failing task");
        sleep(Duration::from_millis(5)).await;
        panic!("task failed first");
    });
    let _m = Loud("main local");
    sleep(Duration::from_millis(10)).await;
    println!("finished {}", h.is_finished());
    let v: Vec<u8> = Vec::new();
    println!("about to panic");
    let _ = v.first().expect("main has nothing");
    println!("unreachable");
}
