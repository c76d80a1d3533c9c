use std::fmt::{self, Debug, Display};

trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("Hello, {}!", self.name())
    }
}

trait Loud: Greeter + Debug {
    fn shout(&self) -> String {
        self.greet().to_uppercase()
    }
}

#[derive(Debug)]
struct Person {
    first: String,
    age: u32,
}

impl Named for Person {
    fn name(&self) -> String {
        self.first.clone()
    }
}
impl Greeter for Person {}
impl Loud for Person {}

#[derive(Debug)]
struct Robot(u32);
impl Named for Robot {
    fn name(&self) -> String {
        format!("RX-{}", self.0)
    }
}
impl Greeter for Robot {
    fn greet(&self) -> String {
        format!("BEEP {}", self.name())
    }
}
impl Loud for Robot {}

impl Display for Robot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "robot#{}", self.0)
    }
}

fn introduce<T: Loud>(x: &T) {
    println!("{:?} says {} / {}", x, x.greet(), x.shout());
}

fn all_names(items: &[&dyn Loud]) -> Vec<String> {
    items.iter().map(|i| i.name()).collect()
}

fn main() {
    let p = Person { first: "Ada".to_string(), age: 36 };
    let r = Robot(7);
    introduce(&p);
    introduce(&r);
    let v: Vec<&dyn Loud> = vec![&p, &r];
    println!("{:?}", all_names(&v));
    for x in &v {
        println!("{:?} -> {}", x, x.shout());
    }
    println!("{} is {}", r, p.age);
}
