trait Fetch {
    async fn fetch(&self) -> String;
}

struct Web;

impl Fetch for Web {
    async fn fetch(&self) -> String {
        "page".to_string()
    }
}

#[tokio::main]
async fn main() {
    let f: Box<dyn Fetch> = Box::new(Web);
    println!("{}", f.fetch().await);
}
