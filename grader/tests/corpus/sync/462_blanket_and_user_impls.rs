use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<<{}>>", self)
    }
}

struct Secret;

trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct Tweet {
    username: String,
    content: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl std::fmt::Display for Tweet {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}: {}", self.username, self.content)
    }
}

trait Pilot {
    fn fly(&self) -> String;
    fn name() -> String;
}
trait Wizard {
    fn fly(&self) -> String;
    fn name() -> String;
}
struct Human;
impl Pilot for Human {
    fn fly(&self) -> String {
        "This is your captain speaking.".into()
    }
    fn name() -> String {
        "pilot".into()
    }
}
impl Wizard for Human {
    fn fly(&self) -> String {
        "Up!".into()
    }
    fn name() -> String {
        "wizard".into()
    }
}
impl Human {
    fn fly(&self) -> String {
        "*waving arms furiously*".into()
    }
    fn name() -> String {
        "human".into()
    }
}

fn main() {
    println!("{}", 5.describe());
    println!("{}", "hi".describe());
    println!("{}", 2.5f32.describe());
    let t = Tweet { username: "rust".into(), content: "1.95 is out".into() };
    println!("{}", t.describe());
    println!("{}", t.summarize());
    let _ = Secret;
    let h = Human;
    println!("{}", h.fly());
    println!("{}", Pilot::fly(&h));
    println!("{}", Wizard::fly(&h));
    println!("{}", <Human as Pilot>::name());
    println!("{}", <Human as Wizard>::name());
    println!("{}", Human::name());
    let items: Vec<Box<dyn Describe>> = vec![Box::new(1u8), Box::new(String::from("s")), Box::new(t)];
    for i in &items {
        println!("{}", i.describe());
    }
}
