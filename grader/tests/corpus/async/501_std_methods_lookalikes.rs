// Methods that std and tokio types do have, through `Deref`, a trait of the prelude or the
// file's own trait, and `.await` where it belongs: none of them is an unknown method.
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

struct Client;

impl Client {
    async fn get(&self) -> String {
        "ok".to_string()
    }
}

trait Size {
    fn size(&self) -> usize;
}

impl Size for Vec<i32> {
    fn size(&self) -> usize {
        self.len()
    }
}

#[tokio::main]
async fn main() {
    let c = Client;
    println!("{}", c.get().await);

    let mut s = String::from("hello");
    s.push_str(" 1!");
    println!("{} {} {:?} {}", s.len(), s.to_uppercase(), s.find('l'), s.trim().starts_with("he"));
    println!("{:?} {}", s.split_whitespace().collect::<Vec<_>>(), s.clone().into_bytes().len());

    let mut v = vec![3, 1, 2];
    v.sort();
    v.insert(0, 9);
    println!("{:?} {} {:?} {:?} {}", v, v.size(), v.first(), v.iter().max(), v.contains(&9));
    println!("{:?} {}", v.windows(2).count(), v.to_vec().len());

    let n: i32 = -4;
    println!("{} {} {} {}", n.abs(), n.pow(2), n.max(3), n.to_string());
    let f = 2f64;
    println!("{} {}", f.sqrt(), 16f64.sqrt());

    let name: Option<String> = Some("ada".into());
    println!("{:?} {}", name.as_ref().map(|s| s.len()), name.is_some());

    let m = Arc::new(Mutex::new(0));
    *m.lock().unwrap() += 1;
    println!("{}", m.lock().unwrap());

    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    tx.send(1).unwrap();
    let (btx, mut brx) = mpsc::channel::<u32>(4);
    btx.send(2).await.unwrap();
    println!("{:?} {:?}", rx.recv().await, brx.recv().await);

    let h = tokio::spawn(async { 1 });
    println!("{}", h.is_finished() || !h.is_finished());
    println!("{}", h.await.unwrap());
}
