trait Pilot {
    fn fly(&self) -> String;
}
trait Wizard {
    fn fly(&self) -> String;
}
struct Human;
impl Human {
    fn fly(&self) -> String {
        "*waving arms*".into()
    }
}
impl Pilot for Human {
    fn fly(&self) -> String {
        "captain".into()
    }
}
impl Wizard for Human {
    fn fly(&self) -> String {
        "Up!".into()
    }
}
fn as_pilot(p: &dyn Pilot) -> String {
    p.fly()
}
fn main() {
    let h = Human;
    println!("{}", h.fly());
    println!("{}", as_pilot(&h));
    let w: Box<dyn Wizard> = Box::new(Human);
    println!("{}", w.fly());
    println!("{}", Wizard::fly(&h));
    println!("{}", <Human as Pilot>::fly(&h));
}
