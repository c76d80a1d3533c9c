use std::fmt;
struct P(i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P={}", self.0)
    }
}
impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P {{ {} }}", self.0)
    }
}
struct Outer(P);
impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)?;
        write!(f, " / ")?;
        fmt::Debug::fmt(&self.0, f)
    }
}
trait A { fn name(&self) -> String; }
trait B { fn name(&self) -> String; }
impl A for P { fn name(&self) -> String { "a".into() } }
impl B for P { fn name(&self) -> String { "b".into() } }
fn main() {
    println!("{}", Outer(P(3)));
    let p = P(1);
    println!("{} {}", A::name(&p), B::name(&p));
    println!("{} {}", <P as A>::name(&p), <P as B>::name(&p));
}
