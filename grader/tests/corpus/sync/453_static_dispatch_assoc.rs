trait Animal {
    const LEGS: u32;
    const KIND: &'static str = "animal";
    fn new(name: &str) -> Self;
    fn name(&self) -> String;
    fn sound() -> &'static str;
    fn describe(&self) -> String {
        format!("{} the {} ({} legs) says {}", self.name(), Self::KIND, Self::LEGS, Self::sound())
    }
}

struct Dog(String);
struct Bird(String);

impl Animal for Dog {
    const LEGS: u32 = 4;
    const KIND: &'static str = "dog";
    fn new(name: &str) -> Self {
        Dog(name.to_string())
    }
    fn name(&self) -> String {
        self.0.clone()
    }
    fn sound() -> &'static str {
        "woof"
    }
}

impl Animal for Bird {
    const LEGS: u32 = 2;
    fn new(name: &str) -> Self {
        Bird(name.to_uppercase())
    }
    fn name(&self) -> String {
        self.0.clone()
    }
    fn sound() -> &'static str {
        "tweet"
    }
}

fn make_and_describe<A: Animal>(name: &str) -> String {
    let a = A::new(name);
    a.describe()
}

fn legs_of<A: Animal>(_a: &A) -> u32 {
    A::LEGS
}

fn total_legs<A: Animal, B: Animal>() -> u32 {
    A::LEGS + B::LEGS
}

fn main() {
    println!("{}", make_and_describe::<Dog>("rex"));
    println!("{}", make_and_describe::<Bird>("tweety"));
    let d = Dog::new("fido");
    let b: Bird = Animal::new("polly");
    println!("{} {}", legs_of(&d), legs_of(&b));
    println!("{}", total_legs::<Dog, Bird>());
    println!("{} {}", Dog::sound(), <Bird as Animal>::sound());
    println!("{} {}", Dog::KIND, Bird::KIND);
    println!("{}", b.describe());
}
