// String building: to_string, push_str, push, replace, a scan over chars.
fn main() {
    let mut s = String::new();
    for i in 0..200_000u32 {
        s.push_str(&i.to_string());
        if i % 3 == 0 {
            s.push('-');
        } else {
            s.push_str(", ");
        }
    }
    let t = s.replace("-", "+");
    let mut digits = 0;
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits += 1;
        }
    }
    println!("{} bytes, {} digits, ends with {:?}", t.len(), digits, &t[t.len() - 16..]);
}
