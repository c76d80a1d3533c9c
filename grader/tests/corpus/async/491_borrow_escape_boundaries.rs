// Borrowed data that does not escape: owned clones moved into tasks, `'static` references,
// references used inside their block. Every one compiles.
struct Worker {
    name: String,
}

impl Worker {
    fn start(&self) -> tokio::task::JoinHandle<()> {
        let name = self.name.clone();
        tokio::spawn(async move {
            println!("worker {name}");
        })
    }
}

async fn greet(name: &'static str) {
    tokio::spawn(async move {
        println!("hello {name}");
    })
    .await
    .unwrap();
}

async fn process(items: &Vec<u32>) {
    let items = items.clone();
    tokio::spawn(async move {
        println!("{}", items.len());
    })
    .await
    .unwrap();
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn pick(v: &Vec<String>) -> &String {
    let i = 0;
    &v[i]
}

fn label(n: u32) -> &'static str {
    let s = "many";
    if n > 1 {
        &s[..]
    } else {
        "one"
    }
}

#[tokio::main]
async fn main() {
    Worker { name: "w1".into() }.start().await.unwrap();
    greet("ada").await;
    process(&vec![1, 2]).await;
    println!("{} {} {}", first_word("a b"), pick(&vec!["x".to_string()]), label(3));

    let data = vec![1, 2, 3];
    let view = &data;
    println!("{}", view.len());
    let owned = data.clone();
    tokio::spawn(async move {
        println!("{}", owned.len());
    })
    .await
    .unwrap();
    println!("{}", view.len());

    let text = "static text";
    let part = &text[..6];
    tokio::spawn(async move {
        println!("{part}");
    })
    .await
    .unwrap();


    let longest;
    let word = String::from("hello");
    {
        longest = &word;
    }
    println!("{longest}");
    let fut;
    {
        let name = String::from("ada");
        fut = async move { println!("{}", name.len()) };
    }
    fut.await;
    let kept;
    {
        let inner = String::from("x");
        kept = inner.len();
    }
    let shown;
    {
        let tmp = String::from("y");
        shown = &tmp;
        println!("{shown}");
    }
    println!("{kept}");
}
