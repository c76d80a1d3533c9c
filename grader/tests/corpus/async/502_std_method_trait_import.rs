// A method an imported trait gives `String` (`fmt::Write::write_str`): the compile check
// does not know every trait's methods, so a file importing one gets no unknown-method error.
use std::fmt::Write as _;

fn main() {
    let mut s = String::from("hello");
    write!(s, " {}", 1).unwrap();
    s.write_str("!").unwrap();
    s.write_char('?').unwrap();
    println!("{s}");
}
