// Borrows that end before the conflicting use (non-lexical lifetimes): every one compiles.
use std::collections::HashMap;
use std::sync::Mutex;
use tokio::sync::mpsc;

struct Bank {
    accounts: Vec<i64>,
}

impl Bank {
    fn account(&mut self, i: usize) -> &mut i64 {
        &mut self.accounts[i]
    }
    fn peek(&self, i: usize) -> &i64 {
        &self.accounts[i]
    }
}

fn consume(v: Vec<u32>) -> usize {
    v.len()
}

#[tokio::main]
async fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first {first}");
    v.push(4);
    let last = v.last().unwrap();
    let copy = *last;
    v.push(copy);
    for n in &v {
        if *n == 2 {
            v.push(5);
            break;
        }
    }
    println!("{:?}", v);

    let mut s = String::from("a");
    let a = &mut s;
    a.push('b');
    let b = &mut s;
    b.push('c');
    println!("{s}");

    let mut m: HashMap<&str, u32> = HashMap::new();
    m.insert("a", 1);
    let got = m.get("a").copied().unwrap();
    m.insert("b", got + 1);
    let a_ref = m.get("a").unwrap();
    let next = *a_ref + 1;
    m.insert("c", next);
    println!("{}", m.len());

    let mut total = 0;
    let add_one = async {
        total += 1;
    };
    add_one.await;
    let add_two = async {
        total += 2;
    };
    add_two.await;
    println!("{total}");

    let (tx, mut rx) = mpsc::channel::<u32>(2);
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    let one = rx.recv().await;
    let two = rx.recv().await;
    println!("{:?} {:?}", one, two);

    let mtx = Mutex::new(5);
    let g = mtx.lock().unwrap();
    let seen = *g;
    drop(g);
    let inner = mtx.into_inner().unwrap();
    println!("{seen} {inner}");

    let mut bank = Bank { accounts: vec![10, 20] };
    let acc = bank.account(0);
    *acc -= 5;
    let acc2 = bank.account(1);
    *acc2 += 5;
    let p = bank.peek(0);
    let q = bank.peek(1);
    println!("{p} {q} {:?}", bank.accounts);

    let mut score = 10;
    let r = &score;
    println!("{r}");
    score = 20;
    println!("{score}");

    let w = vec![1u32, 2];
    let f = &w[0];
    let fv = *f;
    let n = consume(w);
    println!("{fv} {n}");

    let mut names = vec!["a".to_string()];
    let reader = async {
        println!("{}", names.len());
    };
    reader.await;
    names.push("b".to_string());
    let counts = vec![1, 2];
    let c1 = &counts;
    let c2 = counts.iter();
    println!("{} {} {:?}", c1.len(), c2.count(), names);

    let mut list = vec![1, 2];
    for n in list.clone() {
        if n == 1 {
            list.push(3);
        }
    }
    for i in 0..list.len() {
        if list[i] == 1 {
            list.push(9);
        }
    }
    let mut log = Vec::new();
    let view = &mut log;
    view.push(1);
    if view.len() == 1 {
        log.push(2);
        println!("{:?}", log);
        return;
    }
    view.push(3);
    println!("{:?} {:?}", list, log);
}
