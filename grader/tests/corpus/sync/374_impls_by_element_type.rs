// Impls for `Vec<A>`, `Vec<B>`, `Vec<i32>` and `[i32]`: one run-time type, four impls.
trait Summary {
    fn summarize(&self) -> String;
}

struct Article {
    title: String,
}

struct Tweet {
    user: String,
}

impl Summary for Vec<Article> {
    fn summarize(&self) -> String {
        let titles: Vec<String> = self.iter().map(|a| a.title.clone()).collect();
        format!("{} articles: {}", self.len(), titles.join(", "))
    }
}

impl Summary for Vec<Tweet> {
    fn summarize(&self) -> String {
        let users: Vec<&str> = self.iter().map(|t| t.user.as_str()).collect();
        format!("{} tweets by {}", self.len(), users.join("+"))
    }
}

impl Summary for [i32] {
    fn summarize(&self) -> String {
        format!("{} numbers, max {:?}", self.len(), self.iter().max())
    }
}

impl Summary for Vec<i32> {
    fn summarize(&self) -> String {
        format!("a vec of {}", self.len())
    }
}

fn show(xs: &[i32]) -> String {
    xs.summarize()
}

fn main() {
    let articles = vec![Article { title: "Async".to_string() }, Article { title: "Pin".to_string() }];
    let tweets = vec![Tweet { user: "ana".into() }];
    let nums: Vec<i32> = vec![3, 9, 4];
    println!("{}", articles.summarize());
    println!("{}", tweets.summarize());
    println!("{}", nums.summarize());
    println!("{}", nums[1..].summarize());
    println!("{}", show(&nums));
    println!("{}", nums.as_slice().summarize());
    let empty: Vec<Tweet> = Vec::new();
    println!("{}", empty.summarize());
    let slice: &[i32] = &nums[..2];
    println!("{}", slice.summarize());
    println!("{}", Summary::summarize(&tweets));
    println!("{}", <[i32] as Summary>::summarize(&nums[2..]));
}
