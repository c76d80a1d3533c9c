use std::mem::size_of;
use std::rc::Rc;
use std::sync::Arc;
use std::cell::Cell;
use std::marker::PhantomData;
struct Unit;
struct Pair(u8, u32);
struct Mixed { a: u8, b: u64, c: u16, d: bool }
#[repr(C)]
struct CMixed { a: u8, b: u64, c: u16, d: bool }
enum Dir { N, E, S, W }
enum Big { A = 1000, B }
enum Neg { A = -1, B = 200 }
#[repr(u32)]
enum R { A, B }
enum One { Only }
struct Node { next: Option<Box<Node>>, v: i32 }
trait Shape {}
struct Wide { x: i128, y: u8 }
fn main() {
    println!("{} {} {} {}", size_of::<u8>(), size_of::<i128>(), size_of::<usize>(), size_of::<char>());
    println!("{} {} {}", size_of::<()>(), size_of::<Unit>(), size_of::<Pair>());
    println!("{} {}", size_of::<Mixed>(), size_of::<CMixed>());
    println!("{} {} {} {} {}", size_of::<Dir>(), size_of::<Big>(), size_of::<Neg>(), size_of::<R>(), size_of::<One>());
    println!("{} {} {}", size_of::<&u8>(), size_of::<&str>(), size_of::<&[u32]>());
    println!("{} {} {}", size_of::<Box<dyn Shape>>(), size_of::<Rc<str>>(), size_of::<Arc<u64>>());
    println!("{} {} {}", size_of::<String>(), size_of::<Vec<u8>>(), size_of::<Option<String>>());
    println!("{} {} {}", size_of::<Option<&u8>>(), size_of::<Option<Box<u8>>>(), size_of::<Option<bool>>());
    println!("{} {} {}", size_of::<Option<u8>>(), size_of::<Option<u64>>(), size_of::<Option<i128>>());
    println!("{} {} {}", size_of::<Option<char>>(), size_of::<Option<Dir>>(), size_of::<Option<()>>());
    println!("{} {} {}", size_of::<[u16; 5]>(), size_of::<(u8, u32, u8)>(), size_of::<(u8, u16)>());
    println!("{}", size_of::<Node>());
    println!("{} {} {}", size_of::<Cell<u32>>(), size_of::<PhantomData<u64>>(), size_of::<std::time::Duration>());
    println!("{} {}", size_of::<Wide>(), std::mem::align_of::<Wide>());
    println!("{} {}", size_of::<fn(i32) -> i32>(), size_of::<Option<fn()>>());
    println!("{}", size_of::<std::num::NonZeroU32>());
    println!("{}", size_of::<Option<std::num::NonZeroU32>>());
    let a = [1u64, 2, 3];
    let t = (1u8, 2u32);
    let m = Mixed { a: 1, b: 2, c: 3, d: true };
    let x = 5i16;
    println!("{} {}", std::mem::size_of_val(&a), size_of::<(u8, u32)>() + size_of::<i16>() + t.0 as usize + x as usize);
    let _ = (Pair(1, 2).0, Pair(1,2).1, m.a, m.b, m.c, m.d, Dir::N, Dir::E, Dir::S, Dir::W, Big::A, Big::B, Neg::A, Neg::B, R::A, R::B, One::Only, Unit);
    let cm = CMixed { a: 1, b: 2, c: 3, d: true }; let _ = (cm.a, cm.b, cm.c, cm.d);
    let w = Wide { x: 1, y: 2 }; let _ = (w.x, w.y);
    let n = Node { next: None, v: 1 }; let _ = (n.next, n.v);
}
