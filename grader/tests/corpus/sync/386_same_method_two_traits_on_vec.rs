trait Loud {
    fn name(&self) -> String;
}
trait Quiet {
    fn name(&self) -> String;
}
impl Loud for Vec<i32> {
    fn name(&self) -> String {
        format!("LOUD {}", self.len())
    }
}
impl Quiet for Vec<i32> {
    fn name(&self) -> String {
        format!("quiet {}", self.len())
    }
}
fn main() {
    let v: Vec<i32> = vec![1, 2];
    println!("{}", Loud::name(&v));
    println!("{}", Quiet::name(&v));
    println!("{}", <Vec<i32> as Loud>::name(&v));
}
