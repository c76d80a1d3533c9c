trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String {
        "...".to_string()
    }
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog;
struct Fish {
    species: String,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
    fn sound(&self) -> String {
        "woof".to_string()
    }
}

impl Animal for Fish {
    fn name(&self) -> String {
        format!("Fish ({})", self.species)
    }
}

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        if *self < 0 { format!("{self} is negative") } else { format!("{self} is non-negative") }
    }
}

fn main() {
    let d = Dog;
    let f = Fish { species: "trout".into() };
    println!("{}", d.speak());
    println!("{}", f.speak());
    println!("{}", (-3).describe());
    println!("{}", 42.describe());
}
