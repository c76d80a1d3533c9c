// Two impls of one trait for one generic type with different type arguments: the light types do
// not carry a learner type's type arguments, so the call is refused (it used to take the last impl).
struct Wrapper<T>(T);
trait Show {
    fn show(&self) -> String;
}
impl Show for Wrapper<i32> {
    fn show(&self) -> String {
        format!("int {}", self.0)
    }
}
impl Show for Wrapper<String> {
    fn show(&self) -> String {
        format!("string {}", self.0)
    }
}
fn main() {
    let a = Wrapper(5);
    let b = Wrapper(String::from("x"));
    println!("{}", a.show()); //~ unsupported: choosing among the impls of `show` for `Wrapper<i32>`, `Wrapper<String>`
    println!("{}", b.show());
}
