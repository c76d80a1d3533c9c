#[derive(Debug)]
enum Msg {
    Hello { id: i32 },
    Age(u32),
}

fn main() {
    for m in [Msg::Hello { id: 5 }, Msg::Hello { id: 11 }, Msg::Hello { id: 50 }] {
        match m {
            Msg::Hello { id: id_var @ 3..=7 } => println!("id in range: {id_var}"),
            Msg::Hello { id: 10..=12 } => println!("id in another range"),
            Msg::Hello { id } => println!("other id: {id}"),
            Msg::Age(_) => {}
        }
    }
    for age in [3, 15, 42, 100] {
        let m = Msg::Age(age);
        let text = match m {
            Msg::Age(a @ 0..=12) => format!("child of {a}"),
            Msg::Age(a @ (13..=19 | 90..)) => format!("teen or elder: {a}"),
            Msg::Age(a) => format!("adult of {a}"),
            other => format!("{other:?}"),
        };
        println!("{text}");
    }
    let v = vec![1, 2, 3, 4, 5];
    if let whole @ [first, .., last] = v.as_slice() {
        println!("{whole:?}: first {first}, last {last}");
    }
    let n = 7;
    let msg = match n {
        x if x % 2 == 0 => format!("{x} even"),
        x @ 1..=9 => format!("{x} odd digit"),
        x => format!("{x} odd"),
    };
    println!("{msg}");
}
