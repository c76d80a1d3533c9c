use std::fmt::Debug;

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut max = items[0];
    for &item in items {
        if item > max {
            max = item;
        }
    }
    max
}

fn show_all<T>(items: &[T]) -> String
where
    T: Debug,
{
    items.iter().map(|i| format!("{i:?}")).collect::<Vec<_>>().join(" | ")
}

fn pair_up<A: Clone, B: Clone>(a: &A, b: &B) -> (A, B) {
    (a.clone(), b.clone())
}

fn sum_all<T: std::ops::Add<Output = T> + Default + Copy>(xs: &[T]) -> T {
    xs.iter().fold(T::default(), |acc, &x| acc + x)
}

fn main() {
    println!("{}", largest(&[3, 9, 2, 7]));
    println!("{}", largest(&[1.5, -0.5, 0.25]));
    println!("{}", largest(&['q', 'z', 'a']));
    println!("{}", show_all(&["a", "b"]));
    println!("{}", show_all(&[Some(1), None]));
    println!("{:?}", pair_up(&String::from("x"), &vec![1, 2]));
    println!("{} {}", sum_all(&[1, 2, 3]), sum_all(&[0.5, 0.25]));
}
