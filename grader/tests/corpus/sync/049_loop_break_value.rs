fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("result {result}");

    let target = 1000;
    let mut n = 1u64;
    let steps = loop {
        n *= 3;
        if n > target {
            break n;
        }
    };
    println!("first power of 3 above {target}: {steps}");

    let words = ["apple", "banana", "cherry"];
    let mut i = 0;
    let found = loop {
        if i == words.len() {
            break None;
        }
        if words[i].starts_with('b') {
            break Some(words[i]);
        }
        i += 1;
    };
    println!("found {found:?}");
    let mut x = 27u32;
    let mut count = 0;
    while x != 1 {
        x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 };
        count += 1;
    }
    println!("collatz(27) takes {count} steps");
}
